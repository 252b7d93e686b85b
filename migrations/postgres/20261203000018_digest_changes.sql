-- Wake every instance's digest runner when a chat's digest schedule changes, so a digest changed
-- through one instance is posted at its new time by whichever instance posts it.
CREATE FUNCTION notify_digests() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('convene_digests', '');
    RETURN NULL;
END $$;
CREATE TRIGGER digests_changed AFTER UPDATE OF digest ON chats
    FOR EACH STATEMENT EXECUTE FUNCTION notify_digests();
