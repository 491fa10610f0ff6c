#!/usr/bin/env python3
"""Generate a synthetic catalog of N valid patterns (ID.en.md and ID.ja.md each) and a paste.

The signatures mix a shared AWS-like vocabulary (so that common words have realistic document
frequencies), a distinctive error code per pattern, placeholders and a Japanese console wrapper
on every tenth pattern. The output is deterministic for a given seed, so runs are comparable.

Usage: generate-catalog.py OUT_DIR [--patterns 10000] [--seed 1]
Writes OUT_DIR/catalog/ and OUT_DIR/paste-4k.txt (about 4 KB of log noise around the error of
pattern number N/2).
"""
import argparse
import os
import random

COMMON = ("error failed to the is not on for with request resource service status code access "
          "denied exception invalid user role policy action arn because allowed operation when "
          "calling key bucket function queue topic stack instance permission authorized").split()
SERVICES = ["sns", "sqs", "kms", "iam", "s3", "lambda", "ec2", "ecs", "rds", "cloudwatch",
            "events", "logs", "cloudformation", "sts", "cloudtrail"]
JA_WRAPPERS = ["の実行に失敗しました。エラーが発生しました:", "を作成できませんでした。理由:",
               "へのアクセスが拒否されました。詳細:"]


def error_code(rng, index):
    parts = ["".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(1))
             + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9)))
             for _ in range(2)]
    return "".join(parts) + f"N{index}" + "Exception"


def signature(rng, index, code):
    words = [rng.choice(COMMON) for _ in range(rng.randint(6, 14))]
    words.insert(rng.randint(1, len(words)), code)
    words.insert(rng.randint(1, len(words)), "{resource_arn}")
    text = " ".join(words).capitalize() + " (Service: " + rng.choice(SERVICES).upper() \
        + "; Status Code: 400; Error Code: " + code + "; Request ID: {request_id})"
    return text


def pattern_file(pattern_id, language, title, signatures, example, services):
    heading = {
        "en": ["Signatures", "Cause", "Fix", "Verify", "Checklist", "Examples", "References"],
        "ja": ["シグネチャ", "原因", "対処", "確認", "チェックリスト", "例", "参考"],
    }[language]
    blocks = "\n\n".join(f"```text\n{s}\n```" for s in signatures)
    body_text = "The cause of this synthetic failure." if language == "en" else "合成した障害の原因。"
    return f"""---
id: {pattern_id}
services: [{', '.join(services)}]
severity: medium
tags: [synthetic]
owner: benchmark
reviewed: 2026-12-04
---

# {title}

## {heading[0]}

{blocks}

## {heading[1]}

{body_text}

## {heading[2]}

1. Apply the fix.

   ```json
   {{"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": "*"}}
   ```

## {heading[3]}

Run the command again.

## {heading[4]}

- [ ] Check the resource.

## {heading[5]}

```text
{example}
```

## {heading[6]}

- [AWS documentation](https://docs.aws.amazon.com/)
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--patterns", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()

    rng = random.Random(arguments.seed)
    catalog = os.path.join(arguments.out, "catalog")
    os.makedirs(catalog, exist_ok=True)
    target_example = None

    for index in range(arguments.patterns):
        pattern_id = f"synthetic-{index:05d}"
        code = error_code(rng, index)
        signatures = [signature(rng, index, code)]
        if index % 10 == 0:
            signatures.append(f"アクション {{resource_arn}} {rng.choice(JA_WRAPPERS)} \"{code} (Request ID: {{request_id}})\"")
        example = (signatures[0].replace("{resource_arn}", f"arn:aws:sns:us-east-1:123456789012:topic-{index}")
                   .replace("{request_id}", "7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e"))
        services = sorted(set(rng.sample(SERVICES, 2)))
        folder = os.path.join(catalog, services[0])
        os.makedirs(folder, exist_ok=True)
        for language, title in (("en", f"Synthetic failure {index}"), ("ja", f"合成した障害 {index}")):
            with open(os.path.join(folder, f"{pattern_id}.{language}.md"), "w", encoding="utf-8") as file:
                file.write(pattern_file(pattern_id, language, title, signatures, example, services))
        if index == arguments.patterns // 2:
            target_example = example

    noise = []
    while sum(len(line) + 1 for line in noise) < 4000:
        noise.append(f"2026-12-04T10:{len(noise) % 60:02d}:00Z INFO worker-{rng.randint(1, 9)} "
                     + " ".join(rng.choice(COMMON) for _ in range(rng.randint(5, 12))))
    noise.insert(len(noise) // 2, "2026-12-04T10:30:00Z ERROR " + target_example)
    with open(os.path.join(arguments.out, "paste-4k.txt"), "w", encoding="utf-8") as file:
        file.write("\n".join(noise) + "\n")
    with open(os.path.join(arguments.out, "expected-id.txt"), "w", encoding="utf-8") as file:
        file.write(f"synthetic-{arguments.patterns // 2:05d}\n")


if __name__ == "__main__":
    main()
