/** One progress line while a run goes, at most every two seconds, and notes of what went wrong on the way. */
final class Progress {

    private static long last;

    private Progress() {
    }

    static synchronized void line(String format, Object... values) {
        long now = System.nanoTime();
        if (now - last > 2_000_000_000L) {
            last = now;
            System.out.printf("  … " + format + "%n", values);
        }
    }

    static synchronized void done() {
        last = 0;
    }

    static synchronized void note(String what) {
        System.out.println("  ! " + what);
    }
}
