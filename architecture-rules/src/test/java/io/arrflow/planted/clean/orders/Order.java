package io.arrflow.planted.clean.orders;

public record Order(String id, long cents) {}
