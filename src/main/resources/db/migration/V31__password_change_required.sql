-- A password someone else set (a new account's temporary password, a reset) must be replaced by
-- its owner at the next sign-in; until then the account can do nothing else.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
