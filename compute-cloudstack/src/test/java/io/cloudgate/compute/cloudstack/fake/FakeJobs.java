package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Async jobs. A job ends when its time has come (long jobs: deploy, start, stop, snapshots...) or, for short ones,
 * on the second look at it, as the recordings show (the first poll right after the submit is still pending). Its
 * steps change the resource on the way (a deploying VM goes Stopped, Starting, Running); its result is made when it
 * ends, and an error thrown then fails it.
 */
final class FakeJobs {
    static final int SHORT = 2;
    static final int LONG = Integer.MAX_VALUE;

    static final class Job {
        final String id = FakeState.newId();
        final Account account;
        final String cmd;
        final String instanceType;
        final String instanceId;
        final Instant created;
        final Instant readyAt;
        final int pollsToFinish;
        final Supplier<ObjectNode> finish;
        final List<Step> steps = new ArrayList<>();
        int polls;
        int status;
        int resultCode;
        ObjectNode result;
        Instant completed;

        Job(Account account, String cmd, String instanceType, String instanceId, Instant created, Instant readyAt,
            int pollsToFinish, Supplier<ObjectNode> finish) {
            this.account = account;
            this.cmd = cmd;
            this.instanceType = instanceType;
            this.instanceId = instanceId;
            this.created = created;
            this.readyAt = readyAt;
            this.pollsToFinish = pollsToFinish;
            this.finish = finish;
        }

        /** Something the job does to its resource once {@code after} has passed. */
        Job step(Duration after, Runnable action) {
            steps.add(new Step(created.plus(after), action));
            return this;
        }
    }

    private record Step(Instant at, Runnable action) {
    }

    private final Clock clock;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    FakeJobs(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param cmd          the command class, as {@code cmd} shows it
     * @param duration     how long the job takes
     * @param pollsToFinish how many polls end it sooner ({@link #SHORT}) or {@link #LONG}
     */
    Job submit(Account account, String cmd, String instanceType, String instanceId, Duration duration,
               int pollsToFinish, Supplier<ObjectNode> finish) {
        Instant now = clock.instant();
        Job job = new Job(account, cmd, instanceType, instanceId, now, now.plus(duration), pollsToFinish, finish);
        jobs.put(job.id, job);
        return job;
    }

    /** Lets time act: due steps run and due jobs end, oldest first. */
    void advance() {
        Instant now = clock.instant();
        for (Job job : List.copyOf(jobs.values())) {
            if (job.status != 0) {
                continue;
            }
            runSteps(job, now);
            if (!job.readyAt.isAfter(now)) {
                complete(job);
            }
        }
    }

    /** One look at the job by queryAsyncJobResult. */
    Job poll(FakeRequest request) {
        Job job = request.state().find(jobs, request, "jobid");
        job.polls++;
        if (job.status == 0 && job.polls >= job.pollsToFinish) {
            complete(job);
        }
        return job;
    }

    private void runSteps(Job job, Instant until) {
        for (Step step : List.copyOf(job.steps)) {
            if (!step.at().isAfter(until)) {
                job.steps.remove(step);
                step.action().run();
            }
        }
    }

    private void complete(Job job) {
        runSteps(job, Instant.MAX);
        job.completed = clock.instant();
        try {
            job.result = job.finish.get();
            job.status = 1;
        } catch (FakeApiError e) {
            job.status = 2;
            job.resultCode = e.code;
            job.result = FakeRender.JSON.createObjectNode().put("errorcode", e.code).put("errortext", e.getMessage());
        }
    }
}
