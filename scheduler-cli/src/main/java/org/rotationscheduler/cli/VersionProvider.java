package org.rotationscheduler.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = SchedulerCommand.class.getPackage().getImplementationVersion();
        return new String[] {"rotation-scheduler " + (v == null ? "development" : v)};
    }
}
