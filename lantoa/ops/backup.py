"""Backup and restore of the whole site: database and media, one `.tar.gz` file.

Archive layout (`lantoa-backup-YYYYmmdd-HHMMSS.tar.gz`):

    manifest.json   {"version": 1, "format": "sqlite" | "pg_dump" | "json", "vendor", "created_at",
                     "migrations": {app: [applied migration names]}, "media_files": n}
    db.sqlite3 | db.pgdump | db.json
    media/…         a copy of MEDIA_ROOT

Formats, chosen by `--format auto` (the default):
- SQLite → `sqlite`: SQLite's online backup API (`sqlite3.Connection.backup`) copies a consistent
  snapshot while the site keeps running (WAL readers and the writer are not stopped).
- PostgreSQL with `pg_dump` on PATH → `pg_dump` (custom format, no owner/privileges); restored
  with `pg_restore --clean --if-exists --single-transaction`, so all or nothing.
- otherwise → `json`: `dumpdata` of every table; restored by flush + loaddata in one transaction.

Restore is all-or-nothing: the archive is read, checked (manifest, database integrity, no
migration the code does not know) and unpacked before anything changes; the database is replaced
in one step (SQLite's backup API into the live database, one transaction for json/pg_restore);
media are unpacked beside MEDIA_ROOT and swapped in by renaming only after the database succeeded.
"""

import datetime
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

MANIFEST_VERSION = 1
DB_FILES = {"sqlite": "db.sqlite3", "pg_dump": "db.pgdump", "json": "db.json"}


class BackupError(Exception):
    """A backup or restore that cannot be done; nothing was changed."""


def _applied_migrations() -> dict[str, list[str]]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        rows = cursor.fetchall()
    applied: dict[str, list[str]] = {}
    for app, name in rows:
        applied.setdefault(app, []).append(name)
    return applied


def format_choose(requested: str = "auto") -> str:
    if requested != "auto":
        if requested == "sqlite" and connection.vendor != "sqlite":
            raise BackupError("The sqlite format needs an SQLite database.")
        if requested == "pg_dump" and (connection.vendor != "postgresql" or not shutil.which("pg_dump")):
            raise BackupError("The pg_dump format needs PostgreSQL and pg_dump on PATH.")
        return requested
    if connection.vendor == "sqlite":
        return "sqlite"
    if connection.vendor == "postgresql" and shutil.which("pg_dump"):
        return "pg_dump"
    return "json"


def _pg_env_args() -> tuple[dict, list[str]]:
    db = settings.DATABASES["default"]
    env = os.environ.copy()
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    args = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [flag, str(db[key])]
    return env, args + ["--dbname", connection.settings_dict["NAME"]]


def _dump_database(fmt: str, target: Path) -> None:
    if fmt == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
    elif fmt == "pg_dump":
        env, args = _pg_env_args()
        result = subprocess.run(  # noqa: S603
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target), *args],
            env=env, capture_output=True, check=False,
        )
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.decode(errors='replace')[-800:]}")
    else:
        with target.open("w", encoding="utf-8") as handle:
            call_command("dumpdata", "--all", "--indent", "0", stdout=handle)


def backup_create(*, out_dir: Path, fmt: str = "auto", now: datetime.datetime | None = None) -> Path:
    """Write a backup archive into `out_dir`; returns its path."""
    fmt = format_choose(fmt)
    now = timezone.localtime(now or timezone.now())
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"lantoa-backup-{now:%Y%m%d-%H%M%S}.tar.gz"
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="lantoa-backup-") as tmp:
        db_file = Path(tmp) / DB_FILES[fmt]
        _dump_database(fmt, db_file)
        media_files = [p for p in media_root.rglob("*") if p.is_file()] if media_root.exists() else []
        manifest = {
            "version": MANIFEST_VERSION, "format": fmt, "vendor": connection.vendor,
            "created_at": now.isoformat(), "migrations": _applied_migrations(), "media_files": len(media_files),
        }
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(data), int(now.timestamp())
            tar.addfile(info, io.BytesIO(data))
            tar.add(db_file, arcname=DB_FILES[fmt])
            for path in media_files:
                tar.add(path, arcname=f"media/{path.relative_to(media_root).as_posix()}")
        partial.replace(archive)  # never leave a half-written archive under the final name
    return archive


# --- restore ------------------------------------------------------------------------------------

def _read_archive(archive: Path, into: Path) -> dict:
    if not archive.is_file():
        raise BackupError(f"{archive}: no such file.")
    try:
        with tarfile.open(archive, "r:gz") as tar:
            names = tar.getnames()
            if "manifest.json" not in names:
                raise BackupError(f"{archive}: not a Lan Tỏa backup (no manifest.json).")
            tar.extractall(into, filter="data")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupError(f"{archive}: unreadable archive ({exc}).") from exc
    try:
        manifest = json.loads((into / "manifest.json").read_text(encoding="utf-8"))
    except ValueError as exc:
        raise BackupError(f"{archive}: manifest.json is not valid JSON.") from exc
    if manifest.get("version") != MANIFEST_VERSION or manifest.get("format") not in DB_FILES:
        raise BackupError(f"{archive}: unknown backup version or format.")
    if not (into / DB_FILES[manifest["format"]]).is_file():
        raise BackupError(f"{archive}: the database file {DB_FILES[manifest['format']]} is missing.")
    return manifest


def _check_compatible(manifest: dict, db_file: Path) -> None:
    fmt = manifest["format"]
    if fmt == "sqlite" and connection.vendor != "sqlite":
        raise BackupError(f"This backup is of an SQLite database; the site runs on {connection.vendor}.")
    if fmt == "pg_dump" and connection.vendor != "postgresql":
        raise BackupError(f"This backup is a pg_dump of PostgreSQL; the site runs on {connection.vendor}.")
    known = {(app, name) for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations}
    unknown = sorted(
        f"{app}.{name}" for app, names in manifest.get("migrations", {}).items() for name in names
        if (app, name) not in known
    )
    if unknown:
        raise BackupError("The backup was made by a newer version (migrations unknown here: "
                          + ", ".join(unknown[:5]) + "). Update the code first.")
    if fmt == "sqlite":
        check = sqlite3.connect(db_file)
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
            check.execute("SELECT count(*) FROM django_migrations").fetchone()
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"The database in the backup is damaged ({exc}).") from exc
        finally:
            check.close()
        if result != "ok":
            raise BackupError(f"The database in the backup is damaged ({result}).")
    elif fmt == "pg_dump":
        result = subprocess.run(["pg_restore", "--list", str(db_file)], capture_output=True, check=False)  # noqa: S603,S607
        if result.returncode != 0:
            raise BackupError("The pg_dump file in the backup is damaged.")
    else:
        try:
            json.loads(db_file.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise BackupError(f"The JSON dump in the backup is damaged ({exc}).") from exc


def _restore_database(fmt: str, db_file: Path) -> None:
    if fmt == "sqlite":
        connection.close()
        connection.ensure_connection()
        if connection.in_atomic_block:
            raise BackupError("Restore cannot run inside a transaction.")
        source = sqlite3.connect(db_file)
        try:
            # One step (pages=-1): the live database is replaced in a single write transaction.
            source.backup(connection.connection, pages=-1)
        except sqlite3.Error as exc:
            raise BackupError(f"Restoring the database failed; it is unchanged ({exc}).") from exc
        finally:
            source.close()
        connection.close()
    elif fmt == "pg_dump":
        connection.close()
        env, args = _pg_env_args()
        result = subprocess.run(  # noqa: S603
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
             "--exit-on-error", *args, str(db_file)],
            env=env, capture_output=True, check=False,
        )
        if result.returncode != 0:
            raise BackupError("pg_restore failed; the database is unchanged: "
                              + result.stderr.decode(errors="replace")[-800:])
    else:
        try:
            with transaction.atomic():
                call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
                call_command("loaddata", str(db_file), verbosity=0)
        except Exception as exc:  # loaddata raises many kinds; the transaction rolled back
            raise BackupError(f"Loading the JSON dump failed; the database is unchanged ({exc}).") from exc


def _swap_media(staged: Path) -> None:
    media_root = Path(settings.MEDIA_ROOT)
    old = media_root.with_name(f".{media_root.name}-old-{os.getpid()}")
    if media_root.exists():
        media_root.replace(old)
    staged.replace(media_root)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def backup_restore(*, archive: Path) -> dict:
    """Replace the database and media with those of `archive`, all or nothing. Returns the
    manifest."""
    archive = Path(archive)
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    # Unpack beside MEDIA_ROOT so the final swap is a rename on one file system.
    with tempfile.TemporaryDirectory(prefix=".lantoa-restore-", dir=media_root.parent) as tmp:
        tmp_path = Path(tmp)
        manifest = _read_archive(archive, tmp_path)
        db_file = tmp_path / DB_FILES[manifest["format"]]
        _check_compatible(manifest, db_file)
        staged = tmp_path / "media"
        staged.mkdir(exist_ok=True)
        _restore_database(manifest["format"], db_file)
        _swap_media(staged)
    return manifest
