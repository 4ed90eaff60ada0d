"""Training recipes for SignBridge (PyTorch → ONNX). Run modules with /usr/bin/python3 -m training.<name>."""
