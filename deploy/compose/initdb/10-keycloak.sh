#!/bin/sh
# Keycloak's own database and role, once, when the PostgreSQL volume is first made.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role keycloak login password '${KEYCLOAK_DB_PASSWORD}';
create database keycloak owner keycloak encoding 'UTF8';
SQL
