package io.isnad.cli;

import org.apache.lucene.util.Version;
import org.eclipse.microprofile.config.ConfigProvider;

import picocli.CommandLine.IVersionProvider;

/** {@code isnad --version}: the application's version (from the build) and what it runs on. */
class IsnadVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class)
                .orElse("unknown");
        return new String[] {"isnad " + version,
            "Lucene " + Version.LATEST + ", Java " + Runtime.version() + " ("
                    + System.getProperty("java.vendor") + ")"};
    }
}
