package io.socialdesk.approval.draft;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transaction that may end in a {@link DraftRefusedException}, thrown before anything is written. The refusal
 * does not mark the caller's transaction for rollback, so a command can catch it and still send its answer.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Transactional(noRollbackFor = DraftRefusedException.class)
@interface RefusableTransaction {}
