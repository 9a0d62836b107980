package dev.codeloop.core.event;

/** One step of the model's plan. */
public record PlanStep(String step, Status status) {

    public enum Status { PENDING, IN_PROGRESS, COMPLETED }
}
