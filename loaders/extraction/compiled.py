"""The rule extractor's modules compiled to C with mypyc, used only while they match their sources.

`kg compile` (or `build()`) compiles the modules that do the per-sentence work into a folder of their own
(`_compiled/` in this package, or `KG_COMPILED_DIR`) with a stamp of the sources it compiled. When the package
is imported, `activate` puts that folder first on the package's path if the stamp matches the sources and this
interpreter; otherwise (never built, a rule edited since, another Python) the pure Python modules run, with the
same output. `KG_PURE_PYTHON=1` turns the compiled modules off.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sysconfig
import tempfile
from pathlib import Path

from kg.errors import KGError

# the modules that do the per-sentence work, in the package `loaders.extraction`
MODULES = ("sentences", "mentions", "patterns", "quantities", "modality", "relations", "constructions")
_PACKAGE = Path(__file__).resolve().parent
_STAMP = "stamp.json"
# mypyc's runtime shared by the compiled modules, a module of this package (found on its path like them)
_GROUP = "loaders.extraction.native"

log = logging.getLogger(__name__)
_active = False


class CompileError(KGError):
    """The modules could not be compiled (no mypyc, no C compiler, or the compiler failed)."""


def compiled_dir() -> Path:
    """Where the compiled modules are kept: `KG_COMPILED_DIR`, else `_compiled/` beside this file."""
    return Path(os.environ.get("KG_COMPILED_DIR") or _PACKAGE / "_compiled")


def is_active() -> bool:
    """Whether this process runs the compiled modules."""
    return _active


def _fingerprint() -> dict[str, object]:
    """What a build must match to be used: the interpreter's ABI and every compiled module's source."""
    sources = {name: hashlib.sha256((_PACKAGE / f"{name}.py").read_bytes()).hexdigest() for name in MODULES}
    return {"abi": sysconfig.get_config_var("EXT_SUFFIX"), "sources": sources}


def status(root: Path | None = None) -> str:
    """'fresh', 'stale' (built from other sources or for another Python) or 'absent'."""
    stamp = (root or compiled_dir()) / _STAMP
    if not stamp.is_file():
        return "absent"
    try:
        built = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return "stale"
    return "fresh" if built == _fingerprint() else "stale"


def activate(package_path: list[str]) -> bool:
    """Put the compiled modules first on the package's path when they are fresh (called by the package)."""
    global _active
    if os.environ.get("KG_PURE_PYTHON", "").strip() not in ("", "0"):
        return False
    root = compiled_dir()
    state = status(root)
    if state == "stale":
        log.warning("compiled extraction modules in %s are out of date: using pure Python (run `kg compile`)", root)
    if state != "fresh":
        return False
    package_path.insert(0, str(root / "loaders" / "extraction"))
    _active = True
    return True


def build(target: Path | None = None, opt_level: str = "3") -> Path:
    """Compile MODULES with mypyc into `target` (default `compiled_dir()`), replacing what was there."""
    try:
        from mypyc.build import mypycify
        from setuptools import Distribution
    except ImportError as error:
        message = f"compiling needs mypy (mypyc), setuptools and a C compiler: pip install 'kg[compiled]' ({error})"
        raise CompileError(message) from error
    target = target or compiled_dir()
    fingerprint = _fingerprint()  # (read before compiling: what was compiled is what the stamp says)
    with tempfile.TemporaryDirectory(prefix="kg-mypyc-") as work:
        staging = Path(work) / "out"
        cwd = Path.cwd()
        os.chdir(work)  # mypyc writes its C sources and build files under the working directory
        try:
            # (the modules they import are read for their types, not checked: mypy runs on them in the project)
            options = ["--ignore-missing-imports", "--follow-imports=silent"]
            sources = [str(_PACKAGE / f"{name}.py") for name in MODULES]
            extensions = mypycify(options + sources, opt_level=opt_level, group_name=_GROUP)
            distribution = Distribution({"name": "kg-compiled-extraction", "ext_modules": extensions})
            distribution.script_args = ["-q", "build_ext", "--build-lib", str(staging), "--build-temp", "tmp"]
            distribution.parse_command_line()
            distribution.run_commands()
        except (SystemExit, Exception) as error:
            raise CompileError(f"mypyc could not compile the extraction modules: {error}") from error
        finally:
            os.chdir(cwd)
        built = sorted(p.name for p in (staging / "loaders" / "extraction").glob("*" + str(fingerprint["abi"])))
        expected = {f"{name}{fingerprint['abi']}" for name in (*MODULES, "native__mypyc")}
        if not expected <= set(built):
            raise CompileError(f"mypyc built {built}, not every module of {sorted(expected)}")
        (staging / _STAMP).write_text(json.dumps(fingerprint, indent=1))
        # the new build goes in beside the old one and takes its name in one step: a process starting meanwhile
        # sees one build or the other, never a half-copied one
        target.parent.mkdir(parents=True, exist_ok=True)
        incoming, outgoing = target.with_name(target.name + ".new"), target.with_name(target.name + ".old")
        for leftover in (incoming, outgoing):
            shutil.rmtree(leftover, ignore_errors=True)
        shutil.copytree(staging, incoming)
        if target.exists():
            target.rename(outgoing)
        incoming.rename(target)
        shutil.rmtree(outgoing, ignore_errors=True)
    return target


def remove(target: Path | None = None) -> bool:
    """Delete the compiled modules; whether there were any."""
    target = target or compiled_dir()
    if not target.exists():
        return False
    shutil.rmtree(target)
    return True
