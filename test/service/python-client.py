"""A client of `sanbao serve` in Python's standard library only (urllib), as a shop system in
another language would call it. Posts a claim, compares the decision with the bytes `sanbao
decide` prints for the same file, posts a bad claim and reads every error, and prints what it
found as one JSON line. Usage: python-client.py BASE_URL TOKEN CLAIM_FILE NODE CLI_JS"""

import json
import subprocess
import sys
import urllib.error
import urllib.request

base, token, claim_file, node, cli = sys.argv[1:6]


def post(path, body):
    request = urllib.request.Request(
        base + path,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + token},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


with open(claim_file, "rb") as handle:
    claim = handle.read()

status, served = post("/v1/decide?counterfactuals=true", claim)
printed = subprocess.run([node, cli, "decide", claim_file], capture_output=True, check=True).stdout
decision = json.loads(served)

bad = json.loads(claim)
bad["claimDate"] = "2025-02-30"
bad["colour"] = "red"
bad_status, bad_body = post("/v1/decide", json.dumps(bad).encode("utf-8"))
errors = json.loads(bad_body)["errors"]

print(json.dumps({
    "status": status,
    "identical": served == printed,
    "verdict": decision["verdict"],
    "badStatus": bad_status,
    "errorPaths": [error["path"] for error in errors],
    "bothLanguages": all(error["message"]["zh-CN"] and error["message"]["en"] for error in errors),
}))
