"""Where indexes of version 3 and before pickled the codec: the class now lives in whoosh_private."""
from .packing import numpy_dtype, pack, unpack
from .whoosh_private import ArchiveCodec

__all__ = ["ArchiveCodec", "numpy_dtype", "pack", "unpack"]
