package org.readout.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Runs a clean-up when the current Spark task ends, however it ends: a task that fails or is cut
 * short (a {@code limit()} downstream) still removes its scratch files and its copy of a remote
 * file. Outside a task (a test calling the iterator directly) nothing is registered.
 */
final class TaskEnd {
  private TaskEnd() {}

  static void onTaskEnd(Runnable cleanUp) {
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener(
          new TaskCompletionListener() {
            @Override
            public void onTaskCompletion(TaskContext context) {
              cleanUp.run();
            }
          });
    }
  }
}
