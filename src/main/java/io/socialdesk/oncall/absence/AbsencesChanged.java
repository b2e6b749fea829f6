package io.socialdesk.oncall.absence;

/** An absence was entered or cancelled, so who can keep the watch may have changed. */
public record AbsencesChanged(long absenceId) {}
