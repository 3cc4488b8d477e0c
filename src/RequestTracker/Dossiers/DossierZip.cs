using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace RequestTracker.Dossiers;

/// <summary>
/// A ZIP written front to back onto any stream (a response body: no seeking, no buffering of the whole), each
/// file hashed with SHA-256 as it is written, for the manifest that closes it.
/// </summary>
internal sealed class DossierZip : IAsyncDisposable
{
    /// <summary>A large attachment goes out in slices of this size, so its compressed form never waits whole in memory.</summary>
    private const int Slice = 1 << 20;

    private readonly ZipArchive _zip;
    private readonly Relay _relay;
    private readonly Stream _output;
    private readonly List<(string Path, string Sha256)> _manifest = [];

    private DossierZip(ZipArchive zip, Relay relay, Stream output) => (_zip, _relay, _output) = (zip, relay, output);

    public static async Task<DossierZip> Create(Stream output, CancellationToken ct)
    {
        var relay = new Relay();
        return new(await ZipArchive.CreateAsync(relay, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, ct), relay, output);
    }

    public IReadOnlyList<(string Path, string Sha256)> Manifest => _manifest;

    public async Task Add(string path, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var entry = _zip.CreateEntry(path, CompressionLevel.Fastest);
        await using (var stream = await entry.OpenAsync(ct))
        {
            for (var offset = 0; offset < content.Length; offset += Slice)
            {
                await stream.WriteAsync(content.Slice(offset, Math.Min(Slice, content.Length - offset)), ct);
                await _relay.Drain(_output, ct);
            }
        }

        _manifest.Add((path, Convert.ToHexStringLower(SHA256.HashData(content.Span))));
        await _relay.Drain(_output, ct);
    }

    public Task Add(string path, string text, CancellationToken ct) => Add(path, Encoding.UTF8.GetBytes(text), ct);

    /// <summary>A file written in pieces (a long journal) without holding it whole: each piece is hashed as it goes.</summary>
    public async Task AddLines(string path, IAsyncEnumerable<string> lines, CancellationToken ct)
    {
        var entry = _zip.CreateEntry(path, CompressionLevel.Fastest);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var stream = await entry.OpenAsync(ct))
        {
            await foreach (var line in lines.WithCancellation(ct))
            {
                var bytes = Encoding.UTF8.GetBytes(line + "\n");
                hash.AppendData(bytes);
                await stream.WriteAsync(bytes, ct);
                await _relay.Drain(_output, ct, atLeast: 1 << 16);
            }
        }

        _manifest.Add((path, Convert.ToHexStringLower(hash.GetHashAndReset())));
        await _relay.Drain(_output, ct);
    }

    /// <summary>The manifest in <c>sha256sum</c>'s own format (hash, two spaces, path), so <c>sha256sum -c</c> checks it.</summary>
    public async Task AddManifest(string path, CancellationToken ct)
    {
        var text = new StringBuilder();
        foreach (var (file, sha) in _manifest)
        {
            text.Append(sha).Append("  ").Append(file).Append('\n');
        }

        await Add(path, text.ToString(), ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _zip.DisposeAsync(); // the central directory, into the relay
        await _relay.Drain(_output, CancellationToken.None);
        await _output.FlushAsync();
    }

    /// <summary>
    /// Between the archive and the real output. An entry's stream flushes its last compressed bytes with a
    /// synchronous write when it is disposed (.NET 10), which a response body refuses; here every write lands in
    /// memory and is passed on asynchronously after each file (or every 64 KiB of a long one), so at most one
    /// file's compressed bytes wait here at a time.
    /// </summary>
    private sealed class Relay : Stream
    {
        private readonly MemoryStream _pending = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public async Task Drain(Stream output, CancellationToken ct, int atLeast = 0)
        {
            if (_pending.Length == 0 || _pending.Length < atLeast)
            {
                return;
            }

            await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
            _pending.SetLength(0);
        }

        public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _pending.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _pending.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _pending.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
