FROM ghostide-sandbox-base
# bash is part of every Debian image: this image is the base under its own name.
