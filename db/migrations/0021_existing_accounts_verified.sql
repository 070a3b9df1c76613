-- Accounts that existed before verification was introduced could already sign in; they stay able to.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;
