# Reads a JSON list of texts on stdin; prints, per text, detect-secrets 1.5.0's YAMLTransformer
# output (a list of lines), null when it raises ParsingError (raw lines are scanned instead), or
# "error: <exception type>" for any other exception (that ends a detect-secrets scan).
import io
import json
import sys

from detect_secrets.transformers.exceptions import ParsingError
from detect_secrets.transformers.yaml import YAMLTransformer

out = []
for text in json.load(sys.stdin):
    f = io.StringIO(text)
    f.name = 'x.yaml'
    try:
        out.append(YAMLTransformer().parse_file(f))
    except ParsingError:
        out.append(None)
    except Exception as e:  # noqa: B902
        out.append('error: ' + type(e).__name__)
json.dump(out, sys.stdout)
