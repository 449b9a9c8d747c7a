package org.auditbench.scan.exchange;

/**
 * A build seen from outside and where: the X-OWA-Version header and the export tool manifest give all
 * four parts, the login page's path only the cumulative update.
 */
public record DetectedBuild(ExchangeBuild build, String source) {

    @Override
    public String toString() {
        return build + " (" + source + ")";
    }
}
