-- The weekly plan posts made so far, by the moment their schedule fired, so each is posted once.
CREATE TABLE approval_plan_post (
    fired_at TIMESTAMP WITH TIME ZONE NOT NULL PRIMARY KEY
);
