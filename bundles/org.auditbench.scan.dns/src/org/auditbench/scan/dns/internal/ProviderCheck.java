package org.auditbench.scan.dns.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.ProviderInfo;
import org.eclipse.osgi.util.NLS;

/**
 * Who announces an address, from an IP-to-ASN zone in Team Cymru's format: TXT
 * {@code <reversed IPv4>.origin.ZONE} (or reversed nibbles {@code .origin6.ZONE}) gives
 * "ASNs | prefix | country | registry | date"; TXT {@code AS<n>.ZONE} gives "n | country | registry |
 * date | name". The zone is a setting ({@code asn.cymru.com} by default).
 */
public final class ProviderCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        InetAddress address = context.target().address();
        String zone = context.settings().asnZone();
        DnsClient dns = DnsClient.of(context);
        String originName = originName(address, zone);
        List<String> origin = dns.texts(originName);
        if (origin.isEmpty()) {
            return new CheckResult(CheckStatus.INFO, NLS.bind(Messages.Provider_unknown, org.auditbench.scan.ScanTarget.ipText(address)), originName + ": no TXT record");
        }
        String[] fields = fields(origin.get(0));
        List<Long> asNumbers = new ArrayList<>();
        for (String as : fields[0].split("\\s+")) {
            if (!as.isBlank()) {
                try {
                    asNumbers.add(Long.parseLong(as.strip()));
                } catch (NumberFormatException e) {
                    return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Provider_badAs, as), originName + " TXT " + origin.get(0));
                }
            }
        }
        String evidence = originName + " TXT \"" + origin.get(0) + "\"";
        String organisation = null;
        if (!asNumbers.isEmpty()) {
            String asName = "AS" + asNumbers.get(0) + "." + zone;
            List<String> as = dns.texts(asName);
            if (!as.isEmpty()) {
                evidence += "\n" + asName + " TXT \"" + as.get(0) + "\"";
                String[] asFields = fields(as.get(0));
                organisation = asFields.length > 4 ? organisation(asFields[4]) : null;
            }
        }
        ProviderInfo provider = new ProviderInfo(asNumbers, field(fields, 1), field(fields, 2), organisation);
        context.put(Facts.PROVIDER, provider);
        return new CheckResult(CheckStatus.INFO, provider.display() + (provider.country() == null ? "" : ", " + provider.country()), evidence);
    }

    static String originName(InetAddress address, String zone) {
        byte[] b = address.getAddress();
        StringBuilder name = new StringBuilder();
        if (address instanceof Inet4Address) {
            for (int i = b.length - 1; i >= 0; i--) {
                name.append(b[i] & 0xff).append('.');
            }
            return name + "origin." + zone;
        }
        for (int i = b.length - 1; i >= 0; i--) {
            name.append(Character.forDigit(b[i] & 0xf, 16)).append('.').append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append('.');
        }
        return name + "origin6." + zone;
    }

    private static String[] fields(String txt) {
        String[] parts = txt.split("\\|");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    private static String field(String[] fields, int index) {
        return fields.length > index && !fields[index].isEmpty() ? fields[index] : null;
    }

    /** "MICROSOFT-CORP-MSN-AS-BLOCK - Microsoft Corporation, US" becomes "Microsoft Corporation". */
    static String organisation(String asName) {
        String name = asName;
        int dash = name.indexOf(" - ");
        if (dash >= 0) {
            name = name.substring(dash + 3);
        }
        int comma = name.lastIndexOf(',');
        if (comma > 0 && name.substring(comma + 1).strip().matches("[A-Z]{2}")) {
            name = name.substring(0, comma);
        }
        return name.strip();
    }
}
