# Sourced by ./auditbench and ./run-tests: installs the Debian packages the product and the tests
# need when they are missing and we may (root); otherwise says what to install.
_ab_packages="maven xvfb xauth libgtk-3-0 fonts-dejavu-core imagemagick poppler-utils libreoffice-writer-nogui nsd postfix nmap bind9-dnsutils netcat-openbsd openssl iproute2 bsdutils ldnsutils postgresql"
_ab_missing=""
for _p in $_ab_packages; do
    dpkg-query -W -f='${Status}' "$_p" 2>/dev/null | grep -q "install ok installed" || _ab_missing="$_ab_missing $_p"
done
if [ -n "$_ab_missing" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing:$_ab_missing" >&2
        # Postfix is used only as a private test peer: no system listener of its own.
        printf '%s\n' "postfix postfix/main_mailer_type select No configuration" \
                      "postfix postfix/mailname string localhost.localdomain" | debconf-set-selections
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $_ab_missing >/dev/null
    else
        echo "Please install these Debian packages:$_ab_missing" >&2
        exit 1
    fi
fi
