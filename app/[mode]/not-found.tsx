import { NotFoundMessage } from "@/components/site/NotFoundMessage";

export default function PublicNotFound() {
  return <NotFoundMessage />;
}
