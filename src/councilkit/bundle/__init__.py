"""Release bundles: reproducible, verifiable, optionally signed zips of the built documents."""

from councilkit.bundle.assemble import BundleResult, bundle
from councilkit.bundle.members import VerifyError
from councilkit.bundle.pdf import PdfError
from councilkit.bundle.signature import SignatureError, check_signature, signature_path
from councilkit.bundle.verify import verify

__all__ = [
    "BundleResult",
    "PdfError",
    "SignatureError",
    "VerifyError",
    "bundle",
    "check_signature",
    "signature_path",
    "verify",
]
