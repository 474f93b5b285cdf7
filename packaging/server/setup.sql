-- checkin on a PostgreSQL server: the database and two roles with least privilege.
--
-- Run once, as a superuser (on Debian: sudo -u postgres), choosing two passwords:
--
--   psql -v ON_ERROR_STOP=1 -v desk_password='...' -v coordinator_password='...' \
--        -f packaging/server/setup.sql
--
-- What it makes:
--   checkin_coordinator  the coordinator's login: owns the schema "checkin", so the app run by the
--                        coordinator creates and upgrades the tables (alembic) and reads the
--                        figures of every place.
--   checkin_desk         the desks' login: reads and writes the rows (check-ins, drinks, new
--                        families, undo), but cannot create, change or drop a table.
--   checkin              the database, reachable by these two roles only.
--
-- Then, once, the coordinator opens the app (or runs a command) on the new database, which
-- creates the tables:
--   checkin --database postgresql://checkin_coordinator@SERVER/checkin check
-- and each desk uses postgresql://checkin_desk@SERVER/checkin (CHECKIN_DATABASE_URL or
-- --database). A desk that opens the database before the coordinator did is refused with a
-- Dutch message (it may not create tables).
--
-- Network: the app asks for TLS with a verified certificate (sslmode=verify-full) for any server
-- that is not on the same computer. In the server's pg_hba.conf allow these roles only over TLS
-- and with passwords (scram-sha-256, PostgreSQL's default since version 14), and to this
-- database only (PostgreSQL lets every role connect to a database by default), for example:
--   hostssl    checkin  checkin_desk,checkin_coordinator  192.0.2.0/24  scram-sha-256
--   hostssl    all      checkin_desk,checkin_coordinator  all           reject
--   hostnossl  all      all                               all           reject
-- and in postgresql.conf: ssl = on, ssl_cert_file = the server's certificate (for the name the
-- desks use, e.g. db.example.org), ssl_key_file = its key (owned by postgres, mode 0600).
-- A certificate from a CA of your own (openssl; README, "TLS"):
--   openssl req -x509 -newkey rsa:4096 -nodes -days 3650 -subj "/CN=checkin CA" \
--       -keyout ca.key -out ca.crt
--   openssl req -newkey rsa:4096 -nodes -subj "/CN=db.example.org" -keyout server.key -out server.csr
--   printf 'subjectAltName = DNS:db.example.org\n' > server.ext
--   openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 \
--       -extfile server.ext -out server.crt
-- Keep ca.key offline. Each desk (and the coordinator's laptop) gets ca.crt only, as
-- ~/.postgresql/root.crt (Windows: %APPDATA%\postgresql\root.crt), or anywhere with
-- sslrootcert=PATH in the URL: postgresql://checkin_desk@db.example.org/checkin?sslrootcert=PATH
-- Without it the app refuses to connect (one Dutch line). tests/checkin/test_server_tls.py tries
-- exactly this on Debian's PostgreSQL.

\set ON_ERROR_STOP 1

CREATE ROLE checkin_coordinator LOGIN PASSWORD :'coordinator_password';
CREATE ROLE checkin_desk LOGIN PASSWORD :'desk_password';

-- Locale C: text sorts and lower() works as in the app's SQLite file (by code point, ASCII case),
-- so lists and figures come out in the same order on both engines, whatever the server's locale.
CREATE DATABASE checkin OWNER checkin_coordinator ENCODING 'UTF8' LOCALE 'C' TEMPLATE template0;
REVOKE ALL ON DATABASE checkin FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE checkin TO checkin_coordinator, checkin_desk;

\connect checkin

-- Nobody but the coordinator creates anything; the tables live in their own schema.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA checkin AUTHORIZATION checkin_coordinator;
GRANT USAGE ON SCHEMA checkin TO checkin_desk;
ALTER ROLE checkin_coordinator IN DATABASE checkin SET search_path = checkin;
ALTER ROLE checkin_desk IN DATABASE checkin SET search_path = checkin;

-- Every table and id sequence that the coordinator's app creates (now and in later upgrades) is
-- open to the desks for rows only.
ALTER DEFAULT PRIVILEGES FOR ROLE checkin_coordinator IN SCHEMA checkin
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO checkin_desk;
ALTER DEFAULT PRIVILEGES FOR ROLE checkin_coordinator IN SCHEMA checkin
    GRANT USAGE, SELECT ON SEQUENCES TO checkin_desk;
