import io
import json
import tarfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from lantoa.ops.backup import DB_FILES, backup_create
from lantoa.org.models import Unit
from lantoa.org.tests.factories import UnitFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "var" / "media"
    (settings.MEDIA_ROOT / "documents").mkdir(parents=True)
    (settings.MEDIA_ROOT / "documents" / "ke-hoach.pdf").write_bytes(b"%PDF-1.4 ban goc")
    return settings.MEDIA_ROOT


def _state():
    return sorted(Unit.objects.values_list("code", "name", "head_count"))


@pytest.mark.parametrize("fmt", ["auto", "json"])
def test_backup_restore_round_trip_brings_back_data_and_media(fmt, media, tmp_path):
    UnitFactory(code="thpt-goc", name="Trường THPT Gốc", head_count=77)
    before = _state()
    call_command("backup", "--out", str(tmp_path / "backups"), "--format", fmt)
    archive = next((tmp_path / "backups").glob("lantoa-backup-*.tar.gz"))
    Unit.objects.filter(code="thpt-goc").update(name="Đã sửa", head_count=1)
    UnitFactory(code="thpt-moi", name="Trường THPT Mới")
    (media / "documents" / "ke-hoach.pdf").write_bytes(b"changed")
    (media / "documents" / "moi.pdf").write_bytes(b"new")

    call_command("restore", str(archive), "--yes")

    assert _state() == before
    assert (media / "documents" / "ke-hoach.pdf").read_bytes() == b"%PDF-1.4 ban goc"
    assert not (media / "documents" / "moi.pdf").exists()


def test_backup_archive_holds_manifest_database_and_media(media, tmp_path):
    expected = "sqlite" if connection.vendor == "sqlite" else "pg_dump"

    archive = backup_create(out_dir=tmp_path)

    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        manifest = json.load(tar.extractfile("manifest.json"))
    assert {"manifest.json", DB_FILES[expected], "media/documents/ke-hoach.pdf"} <= names
    assert (manifest["format"], manifest["media_files"]) == (expected, 1)
    assert "reports" in manifest["migrations"]


def test_restore_without_yes_refuses_and_changes_nothing(media, tmp_path):
    archive = backup_create(out_dir=tmp_path)
    UnitFactory(code="sau-sao-luu")

    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(archive))

    assert Unit.objects.filter(code="sau-sao-luu").exists()


def test_restore_of_a_damaged_archive_changes_nothing(media, tmp_path):
    UnitFactory(code="con-nguyen")
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(b"not a tar file at all")

    with pytest.raises(CommandError, match="nothing changed"):
        call_command("restore", str(bad), "--yes")

    assert Unit.objects.filter(code="con-nguyen").exists()
    assert (media / "documents" / "ke-hoach.pdf").exists()


def test_restore_refuses_a_backup_from_newer_code(media, tmp_path):
    archive = backup_create(out_dir=tmp_path, fmt="json")
    with tarfile.open(archive) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    manifest = json.loads(members["manifest.json"])
    manifest["migrations"]["reports"].append("9999_from_the_future")
    members["manifest.json"] = json.dumps(manifest).encode()
    newer = tmp_path / "newer.tar.gz"
    with tarfile.open(newer, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    UnitFactory(code="van-con")

    with pytest.raises(CommandError, match="9999_from_the_future"):
        call_command("restore", str(newer), "--yes")

    assert Unit.objects.filter(code="van-con").exists()
