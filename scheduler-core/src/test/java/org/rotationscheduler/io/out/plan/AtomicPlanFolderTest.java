package org.rotationscheduler.io.out.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.io.out.AtomicFolder;
import org.rotationscheduler.io.out.SafeFiles;
import org.rotationscheduler.io.out.register.RegisterWriter;
import org.rotationscheduler.report.HandMadePlan;

/**
 * A plan folder appears whole or not at all: written beside the target and renamed into place
 * (AtomicFolder). Two writers of one folder: only one claims success and the folder holds only its
 * files; a link at the target is refused; a failure, a full disk included, leaves no folder.
 */
class AtomicPlanFolderTest {
    @TempDir
    Path dir;

    /** {@link HandMadePlan#small()} with a register file behind it (a plan folder copies it). */
    private Plan plan(String variant) throws IOException {
        Plan p = HandMadePlan.small();
        Path register = dir.resolve("register-" + variant + ".csv");
        RegisterWriter.write(register, p.register().cadres(), Map.of(), true);
        Register r = new Register(register.toString(), p.register().cadres());
        List<Assignment> seats = new ArrayList<>(p.assignments());
        if ("b".equals(variant)) {
            // another plan: the first two filled seats exchanged
            Assignment a0 = seats.get(0);
            Assignment a2 = seats.get(2);
            seats.set(0, new Assignment(a0.seat(), a2.cadre()));
            seats.set(2, new Assignment(a2.seat(), a0.cadre()));
        }
        return new Plan(p.campaign(), r, p.season(), p.rounds(), seats);
    }

    private static String assignments(Plan p) {
        return AssignmentTable.format(p.assignments());
    }

    @Test
    void aPausedWriterCannotClaimAFolderAnotherRunWrote_twelveTries() throws Exception {
        Plan a = plan("a");
        Plan b = plan("b");
        for (int attempt = 0; attempt < 12; attempt++) {
            Path out = dir.resolve("out-" + attempt);
            // writer A checks and stages, then pauses; B writes the whole folder meanwhile
            AtomicFolder paused = AtomicFolder.begin(out, false, "--out");
            new PlanOutputs(out, false).writeInto(paused.staging(), a, "a", Map.of(), List.of(), List.of(), null);
            new PlanOutputs(out, false).write(b, "b", Map.of(), List.of(), List.of());
            assertThatThrownBy(() -> paused.commit(PlanOutputs.KNOWN)).isInstanceOf(SafeFiles.FileExistsException.class);
            paused.close();
            assertThat(Files.readString(out.resolve(PlanStore.ASSIGNMENTS_FILE))).isEqualTo(assignments(b));
            assertThat(new PlanStore().info(out).score()).isEqualTo("b");
            assertThat(siblings(out)).as("no staging folder left").containsExactly(out.getFileName().toString());
        }
    }

    @Test
    void twoWritersStartedTogether_exactlyOneSucceedsAndTheFolderIsAllItsOwn() throws Exception {
        Plan a = plan("a");
        Plan b = plan("b");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 12; attempt++) {
                Path out = dir.resolve("race-" + attempt);
                CountDownLatch start = new CountDownLatch(1);
                Future<String> fa = pool.submit(() -> writeAfter(start, out, a, "a"));
                Future<String> fb = pool.submit(() -> writeAfter(start, out, b, "b"));
                start.countDown();
                String ra = fa.get(60, TimeUnit.SECONDS);
                String rb = fb.get(60, TimeUnit.SECONDS);
                List<String> won = Stream.of(ra, rb).filter(r -> !r.equals("refused")).toList();
                assertThat(won).as("exactly one writer claims success").hasSize(1);
                String winner = won.get(0);
                assertThat(new PlanStore().info(out).score()).isEqualTo(winner);
                assertThat(Files.readString(out.resolve(PlanStore.ASSIGNMENTS_FILE)))
                        .isEqualTo(assignments(winner.equals("a") ? a : b));
                assertThat(new PlanStore().load(out, a.campaign(), null).assignments()).hasSize(a.assignments().size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String writeAfter(CountDownLatch start, Path out, Plan plan, String name) throws Exception {
        start.await();
        try {
            new PlanOutputs(out, false).write(plan, name, Map.of(), List.of(), List.of());
            return name;
        } catch (SafeFiles.FileExistsException refused) {
            return "refused";
        }
    }

    @Test
    void forceReplacesTheFolderOnlyWhenTheNewOneIsComplete_andKeepsThePlannersOwnFiles() throws IOException {
        Path out = dir.resolve("plan");
        new PlanOutputs(out, false).write(plan("a"), "a", Map.of(), List.of(), List.of());
        Files.writeString(out.resolve("notes.txt"), "mine");
        new PlanOutputs(out, true).write(plan("b"), "b", Map.of(), List.of(), List.of());
        assertThat(new PlanStore().info(out).score()).isEqualTo("b");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(siblings(out)).containsExactly("plan");
        assertThatThrownBy(() -> new PlanOutputs(out, false).checkWritable())
                .isInstanceOf(SafeFiles.FileExistsException.class);
    }

    @Test
    void aFailureWhileWritingLeavesNoFolder_andAnOldOneAsItWas() throws IOException {
        Path out = dir.resolve("plan");
        Plan broken = plan("a");
        Plan noRegister = new Plan(broken.campaign(), new Register(dir.resolve("gone.csv").toString(),
                broken.register().cadres()), broken.season(), broken.rounds(), broken.assignments());
        assertThatThrownBy(() -> new PlanOutputs(out, false).write(noRegister, "x", Map.of(), List.of(), List.of()))
                .isInstanceOf(IOException.class);
        assertThat(out).doesNotExist();
        assertThat(siblings(out)).isEmpty();
        new PlanOutputs(out, false).write(plan("a"), "a", Map.of(), List.of(), List.of());
        assertThatThrownBy(() -> new PlanOutputs(out, true).write(noRegister, "x", Map.of(), List.of(), List.of()))
                .isInstanceOf(IOException.class);
        assertThat(new PlanStore().info(out).score()).as("the old plan stays whole").isEqualTo("a");
    }

    @Test
    void aSymbolicLinkOrAFileAtTheTargetIsRefused() throws IOException {
        Path published = dir.resolve("published");
        new PlanOutputs(published, false).write(plan("a"), "a", Map.of(), List.of(), List.of());
        String before = Files.readString(published.resolve(PlanStore.PLAN_FILE));
        Path link = Files.createSymbolicLink(dir.resolve("link"), published);
        assertThatThrownBy(() -> new PlanOutputs(link, true).write(plan("b"), "b", Map.of(), List.of(), List.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("is a symbolic link");
        assertThat(published.resolve(PlanStore.PLAN_FILE)).hasContent(before);
        Path file = Files.writeString(dir.resolve("afile"), "x");
        assertThatThrownBy(() -> new PlanOutputs(file, true).checkWritable()).isInstanceOf(InputException.class)
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void theFolderMovesWhole_pathsInPlanJsonAreRelativeAndTheRegisterIsCopiedIn() throws IOException {
        Path out = dir.resolve("plan");
        Plan p = plan("a");
        new PlanOutputs(out, false).write(p, "a", Map.of(), List.of(), List.of());
        PlanStore.PlanInfo info = new PlanStore().info(out);
        assertThat(info.register()).isEqualTo("register.csv");
        assertThat(info.registerOrigin()).isEqualTo("../register-a.csv");
        Path moved = Files.createDirectories(dir.resolve("elsewhere/deeper")).resolve("plan");
        Files.move(out, moved);
        Files.delete(dir.resolve("register-a.csv"));
        Plan back = new PlanStore().load(moved, p.campaign(), null);
        assertThat(back.assignments()).hasSize(p.assignments().size());
        assertThat(new PlanStore().warnings(moved, info)).isEmpty();
        assertThat(info.campaign()).as("the hand-made plan's campaign is the embedded one").isEqualTo("default");
        Files.writeString(moved.resolve("register.csv"), "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(new PlanStore().warnings(moved, info)).singleElement().asString()
                .contains("was changed after the plan was made");
    }

    /**
     * A full disk: a small tmpfs, nearly filled, so that the roster cannot be written. The plan
     * folder must not appear at all (no assignments.csv and plan.json without a roster), and a
     * rerun without --force is not refused because of a half folder.
     */
    @Test
    void aFullDiskLeavesNoHalfPlanFolder() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("small-disk"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mnt.toString());
        assumeTrue(mounted, "cannot mount a small tmpfs here (not root, or no permission): full-disk test skipped");
        try {
            Plan p = plan("a");
            Path probe = mnt.resolve("probe");
            new PlanOutputs(probe, false).write(p, "a", Map.of(), List.of(), List.of());
            long folderBytes;
            try (Stream<Path> files = Files.walk(probe)) {
                folderBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            AtomicFolder.deleteTree(probe);
            long roster = Files.size(dir.resolve("register-a.csv")); // small; the roster is the big file
            // leave room for plan.json, assignments.csv and the register, not for the roster
            fill(mnt, folderBytes / 3 + roster);
            Path out = mnt.resolve("plan");
            assertThatThrownBy(() -> new PlanOutputs(out, false).write(p, "a", Map.of(), List.of(), List.of()))
                    .isInstanceOf(IOException.class);
            assertThat(out).as("no half plan folder").doesNotExist();
            try (Stream<Path> left = Files.list(mnt)) {
                assertThat(left.map(f -> f.getFileName().toString())).containsExactly("filler");
            }
            Files.delete(mnt.resolve("filler"));
            new PlanOutputs(out, false).write(p, "a", Map.of(), List.of(), List.of());
            assertThat(out.resolve(PlanOutputs.ROSTER_FILE)).isRegularFile();
        } finally {
            run("umount", mnt.toString());
        }
    }

    /** Fills the file system at {@code mnt} until only about {@code free} bytes are left. */
    private static void fill(Path mnt, long free) throws IOException {
        long usable = Files.getFileStore(mnt).getUsableSpace();
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(mnt.resolve("filler"))) {
            for (long left = usable - free; left > 0; left -= block.length) {
                out.write(block);
            }
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> siblings(Path out) throws IOException {
        try (Stream<Path> all = Files.list(out.toAbsolutePath().getParent())) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.contains(out.getFileName().toString()))
                    .sorted().toList();
        }
    }
}
