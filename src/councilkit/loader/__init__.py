"""The loader: YAML files in, model and diagnostics out. PyYAML lives here and nowhere else."""

from councilkit.loader.content import SCHEMA_VERSION, ContentFolder, LoadResult, load_content
from councilkit.loader.mapping import load_mapping

__all__ = ["SCHEMA_VERSION", "ContentFolder", "LoadResult", "load_content", "load_mapping"]
