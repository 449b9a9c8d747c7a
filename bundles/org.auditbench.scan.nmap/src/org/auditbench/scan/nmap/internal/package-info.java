/**
 * The optional check nmap.script: runs an installed nmap (-n -Pn -sT -oX -) with a chosen NSE
 * script and reads its XML; not API.
 */
package org.auditbench.scan.nmap.internal;
