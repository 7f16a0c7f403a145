package io.arrflow.prober.queues;

/** A RabbitMQ queue's depth: messages waiting ({@code ready}) and taken but not acknowledged. */
public record QueueDepth(String name, long ready, long unacked) {}
