package dev.codeloop.server.rpc;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * One FIFO lane per key on top of a shared executor: tasks with the same key run one at a time in submission
 * order; tasks with different keys run in parallel. Lanes disappear when they run empty.
 */
final class SerialExecutors {

    private final Executor executor;
    private final Map<String, ArrayDeque<Runnable>> lanes = new HashMap<>();

    SerialExecutors(Executor executor) {
        this.executor = executor;
    }

    void submit(String key, Runnable task) {
        synchronized (lanes) {
            ArrayDeque<Runnable> lane = lanes.get(key);
            if (lane != null) {
                lane.add(task);
                return;
            }
            lanes.put(key, new ArrayDeque<>());
        }
        executor.execute(() -> runLane(key, task));
    }

    private void runLane(String key, Runnable first) {
        Runnable task = first;
        while (task != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SerialExecutors.class).error("request task failed", e);
            }
            synchronized (lanes) {
                ArrayDeque<Runnable> lane = lanes.get(key);
                task = lane.poll();
                if (task == null) {
                    lanes.remove(key);
                }
            }
        }
    }
}
