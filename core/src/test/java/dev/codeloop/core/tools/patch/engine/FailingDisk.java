package dev.codeloop.core.tools.patch.engine;

import java.io.IOException;
import java.nio.file.Path;

/** Real disk operations, except that chosen calls of one kind fail, as on a full disk or a vanished mount. */
final class FailingDisk implements DiskOps {

    enum Op { CREATE_DIRECTORY, WRITE, MOVE, DELETE }

    private final Op failing;
    private final int nth;
    private final boolean andLater;
    private int calls;

    private FailingDisk(Op op, int nth, boolean andLater) {
        this.failing = op;
        this.nth = nth;
        this.andLater = andLater;
    }

    /** Fails only the {@code nth} (1-based) call of {@code op}. */
    static FailingDisk once(Op op, int nth) {
        return new FailingDisk(op, nth, false);
    }

    /** Fails the {@code nth} call of {@code op} and every later one, rollback included. */
    static FailingDisk fromThenOn(Op op, int nth) {
        return new FailingDisk(op, nth, true);
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        maybeFail(Op.CREATE_DIRECTORY, dir);
        DiskOps.super.createDirectory(dir);
    }

    @Override
    public void writeNew(Path file, byte[] bytes) throws IOException {
        maybeFail(Op.WRITE, file);
        DiskOps.super.writeNew(file, bytes);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        maybeFail(Op.MOVE, to);
        DiskOps.super.move(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        maybeFail(Op.DELETE, path);
        DiskOps.super.delete(path);
    }

    private void maybeFail(Op op, Path path) throws IOException {
        if (op == failing && (++calls == nth || andLater && calls > nth)) {
            throw new IOException("simulated failure on " + path.getFileName());
        }
    }
}
