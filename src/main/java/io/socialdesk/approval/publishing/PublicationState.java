package io.socialdesk.approval.publishing;

/** How far one draft's publication on one network has got. */
enum PublicationState {
    /** Waiting for its time, or for the next try. */
    PENDING,
    /** Being sent by a tick that holds it until its lease runs out. */
    SENDING,
    /** Out. */
    DONE,
    /** Refused for good, or given up after many tries; the thread says why. */
    FAILED
}
