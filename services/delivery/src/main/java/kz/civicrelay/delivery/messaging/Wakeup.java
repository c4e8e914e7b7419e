package kz.civicrelay.delivery.messaging;

/**
 * The dispatcher's doorbell: the upstream mapping rings it when a message is learned live, before the
 * dispatcher exists to be named (the core it uses is made from the mapping). Ringing never blocks.
 */
public final class Wakeup implements Runnable {

    private volatile Runnable bell = () -> { };

    void answeredBy(Runnable bell) {
        this.bell = bell;
    }

    @Override
    public void run() {
        bell.run();
    }
}
