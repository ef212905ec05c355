import { formatFileSize } from "@/lib/format";

/** The 附件 of a public page (an article, a consultation's draft): a region of download links with their sizes. */
export function AttachmentList({ files, href }: { files: { id: number; fileName: string; size: number }[]; href: (id: number) => string }) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="attachments-title" className="mt-6 border-t border-line pt-4">
      <h2 id="attachments-title" className="mb-2 font-bold">
        附件
      </h2>
      <ul className="space-y-1">
        {files.map((file) => (
          <li key={file.id}>
            <a href={href(file.id)} download>
              {file.fileName}
            </a>
            <span className="ml-2 text-sm text-muted">（{formatFileSize(file.size)}）</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
