-- The two roles coprod needs on PostgreSQL, run once by the database's owner (docker-compose
-- runs it when the database is first created). README, "Running on PostgreSQL".
--   coprod_app: what the server may do: read and write rows, own nothing, bypass nothing.
--   coprod_api: the server's login, a member of coprod_app. Change its password outside a demo.
CREATE ROLE coprod_app NOLOGIN;
CREATE ROLE coprod_api LOGIN PASSWORD 'coprod_api' IN ROLE coprod_app;
