-- Draft numbers are what people call drafts by. H2 hands out identities in blocks of 32, so a crash made the
-- next draft #33 after #6; a cache of one (PostgreSQL's default) keeps the numbers consecutive.
ALTER TABLE approval_draft ALTER COLUMN id SET CACHE 1;
