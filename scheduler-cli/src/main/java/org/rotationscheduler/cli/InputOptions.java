package org.rotationscheduler.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import picocli.CommandLine.Option;

/** The campaign and register options most commands share. */
public class InputOptions {
    /** The example season-size register, relative to the tool's home (the repository). */
    public static final String EXAMPLE_REGISTER = "examples/register-season.csv";

    @Option(names = {"-c", "--campaign"}, paramLabel = "FILE", defaultValue = CampaignLoader.DEFAULT,
            description = "Campaign YAML, or 'default' for the embedded 2019-2021 campaign (data/). "
                    + "A planner's file starts with 'extends: default'. Default: ${DEFAULT-VALUE}.")
    public String campaign;

    @Option(names = {"-r", "--register"}, paramLabel = "FILE",
            description = "Cadre register (.xlsx first sheet or UTF-8 .csv, columns as in the README). "
                    + "Default: the example season-size register " + EXAMPLE_REGISTER + ".")
    public Path register;

    public Campaign loadCampaign() {
        return new CampaignLoader().load(campaign);
    }

    public Path registerPath() {
        if (register != null) {
            return register;
        }
        String home = System.getenv("SCHEDULER_HOME");
        Path candidate = home == null ? Path.of(EXAMPLE_REGISTER) : Path.of(home).resolve(EXAMPLE_REGISTER);
        if (!Files.isRegularFile(candidate)) {
            throw InputException.of(SourceLocation.file(candidate.toString()), "--register",
                    "the example register is not here; give your register with --register FILE");
        }
        return candidate;
    }

    public Register loadRegister(Campaign campaign) {
        return new RegisterReader(campaign).read(registerPath());
    }
}
