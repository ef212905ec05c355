import { env } from "@/lib/env";

/** Facts about the site shown in the header and footer. */
export const site = {
  get name() {
    return env().SITE_NAME;
  },
  organizer: "昌吉回族自治州人民政府办公室",
  operator: "昌吉回族自治州政府电子政务中心",
  phone: "0994-2586299",
  fax: "0994-2586298",
  address: "新疆维吾尔自治区昌吉回族自治州昌吉市延安北路 186 号",
  postcode: "831100",
} as const;
