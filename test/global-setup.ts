import { migrate } from "@/lib/db/migrate";
import { prepareBaseDatabase } from "./database";

export default async function globalSetup() {
  await prepareBaseDatabase(migrate);
}
