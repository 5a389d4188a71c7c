# Production image: one image, the role chosen by the command (see compose.yaml).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY schemas schemas
COPY connectors connectors
COPY router router
COPY recorder recorder
COPY hub hub
RUN pip install --no-cache-dir -c constraints.txt . && useradd --system hub
USER hub
ENV HUB_DATA_DIR=/var/lib/hub HUB_HTTP_HOST=0.0.0.0 HUB_LOG_JSON=true
EXPOSE 8080
HEALTHCHECK CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"
ENTRYPOINT ["hub"]
CMD ["run"]
