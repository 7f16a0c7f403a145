package io.arrflow.watcher.library;

/** A path that must not be touched: outside the library roots, relative, or not there. */
public class UnsafePath extends RuntimeException {

    public UnsafePath(String reason) {
        super(reason);
    }
}
