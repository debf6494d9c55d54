#!/usr/bin/env python3
"""A fake OpenAI-compatible chat server for benchmarks: answers every POST .../chat/completions
after DELAY seconds, concurrently (one thread per request): a valid Korean analysis naming one of
a dozen topics (picked by the paper's arXiv id, so Korean searches are selective), or, for a
batch of one-line summaries, a Korean line for each paper asked about. A request that carries a
paper's body (bench/PageBench.java's page) is answered with key results citing its table 2 and
section 4.2. Usage counts prompt tokens as the request's message characters / 4 (an estimate).
With PAGE_FILE it also plays arXiv (GET /html/ID serves that page) and the Hub (GET /api/...
answers an empty list).
Usage: fake-llm.py PORT DELAY_SECONDS [ARRIVALS_FILE] [PAGE_FILE]
ARRIVALS_FILE gets one line per model request: its arrival time and its message characters."""
import json
import re
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWER = {
    "one_line_summary": "이 연구는 기존 방법의 한계를 줄이는 새로운 접근을 제안하며 실무 활용 가능성이 높다.",
    "key_points": ["기존 접근의 한계를 분석함", "새로운 방법을 제안함", "여러 실험으로 효과를 보임"],
    "developer_perspective": "개발자는 이 방법을 기존 파이프라인에 붙여 효과를 빠르게 검증해 볼 수 있다.",
    "practical_ideas": ["작은 규모의 재현 실험", "기존 베이스라인과 비교 평가", "비용과 품질의 균형 측정"],
    "risks": ["초록만으로는 일반화 성능을 판단하기 어려움", "대규모 자원이 필요할 수 있음"],
    "detailed_explanation": "이 논문은 해당 분야의 오래된 문제를 다룬다. 기존 방법은 비용이나 품질 면에서 한계가 있었다. "
    "저자들은 새로운 구조와 학습 방법을 제안한다. 실험 결과 제안 방법이 기존 방법보다 나은 성능을 보였다고 보고한다.",
    "tags": ["AI", "Research", "Deep Learning"],
    "difficulty": "중",
    "difficulty_reason": "기존 파이프라인에 붙이려면 약간의 구현 작업이 필요하다.",
    "confidence": "중",
    "confidence_reason": "초록만 보고 판단했으므로 본문 확인이 필요하다.",
}
BODY = json.dumps({
    "id": "bench", "object": "chat.completion", "model": "bench",
    "choices": [{"index": 0, "finish_reason": "stop",
                 "message": {"role": "assistant", "content": json.dumps(ANSWER, ensure_ascii=False)}}],
    "usage": {"prompt_tokens": 900, "completion_tokens": 450, "total_tokens": 1350},
}, ensure_ascii=False).encode("utf-8")


TOPICS = ["추론", "강화 학습", "멀티모달", "에이전트", "확산 모델", "검색 증강 생성", "로봇 제어",
          "코드 생성", "음성 인식", "비디오 생성", "수학 문제 풀이", "모델 압축"]


def topic(arxiv_id):
    return TOPICS[int(arxiv_id.replace(".", "")) % len(TOPICS)] if arxiv_id else TOPICS[0]


KEY_RESULTS = [
    {"finding": "1.3B 규모에서 MMLU 81.3점, GSM8K 63.4점을 기록했다", "source": "표 2"},
    {"finding": "토큰당 디코딩 지연을 41.0 ms에서 18.2 ms로 줄였다", "source": "§4.2"},
]


def analysis(request):
    """The analysis of the first paper the request names, about one topic."""
    found = re.search(r"\d{4}\.\d{4,5}", request)
    t = topic(found.group(0) if found else None)
    answer = dict(ANSWER)
    if '\\"full_text\\" :' in request:
        answer["key_results"] = KEY_RESULTS
    answer["one_line_summary"] = "이 연구는 %s 분야에서 기존 방법의 한계를 줄이는 새로운 접근을 제안한다." % t
    answer["detailed_explanation"] = "이 논문은 %s 분야의 오래된 문제를 다룬다. " % t + ANSWER["detailed_explanation"]
    body = json.loads(BODY)
    body["choices"][0]["message"]["content"] = json.dumps(answer, ensure_ascii=False)
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def one_liners(request):
    """The answer to a batch of one-line summaries: one Korean line per arXiv id asked about."""
    ids = list(dict.fromkeys(re.findall(r'arxiv_id\\*"\s*:\s*\\*"(\d{4}\.\d{4,5})', request)))
    lines = {"summaries": [{"arxiv_id": i, "summary": "이 논문은 새로운 방법으로 기존 한계를 줄이는 접근을 제안한다."}
                           for i in ids]}
    body = json.loads(BODY)
    body["choices"][0]["message"]["content"] = json.dumps(lines, ensure_ascii=False)
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def characters(request):
    """The characters of the request's messages: what the model would read."""
    try:
        return sum(len(m.get("content") or "") for m in json.loads(request).get("messages", []))
    except ValueError:
        return len(request)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if PAGE and self.path.startswith("/html/") and self.path.count("/") == 2:
            body, kind = PAGE, "text/html; charset=utf-8"
        elif self.path.startswith("/api/"):
            body, kind = b"[]", "application/json"
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        request = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        answer = one_liners(request) if "paper_one_liners" in request else analysis(request)
        chars = characters(request)
        body = json.loads(answer)
        body["usage"]["prompt_tokens"] = (chars + 3) // 4
        answer = json.dumps(body, ensure_ascii=False).encode("utf-8")
        if LOG:
            with open(LOG, "a") as log:
                log.write("%.3f %d\n" % (time.time(), chars))
        time.sleep(DELAY)
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    PORT, DELAY = int(sys.argv[1]), float(sys.argv[2])
    LOG = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
    PAGE = open(sys.argv[4], "rb").read() if len(sys.argv) > 4 else None
    ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
