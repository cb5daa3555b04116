"""Release bundles: reproducible, verifiable zips of the built documents."""

from councilkit.bundle.assemble import BundleResult, bundle
from councilkit.bundle.pdf import PdfError
from councilkit.bundle.verify import VerifyError, verify

__all__ = ["BundleResult", "PdfError", "VerifyError", "bundle", "verify"]
