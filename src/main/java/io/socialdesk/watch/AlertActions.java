package io.socialdesk.watch;

/**
 * The action ids of the buttons that act on an alert, wherever they are posted: on the alert itself, or on a page
 * the on-call module sends. The button's value is the alert id, so the watch module handles a click on any
 * message, and other modules can offer the same buttons without calling it.
 */
public final class AlertActions {

    /** Takes the alert on; the watch module records who and publishes {@link AlertAcknowledged}. */
    public static final String ACKNOWLEDGE = "watch.alert.acknowledge";

    /** Ends the alert's episode; the watch module publishes {@link AlertResolved}. */
    public static final String RESOLVE = "watch.alert.resolve";

    /** Declares a crisis for the alert; the crisis module listens for it. */
    public static final String DECLARE_CRISIS = "watch.alert.declare-crisis";

    private AlertActions() {}
}
