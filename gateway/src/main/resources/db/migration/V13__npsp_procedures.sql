-- The procedure catalogue synchronised from the portal (LayDanhSachTTHC / LayThuTuc).
CREATE TABLE npsp_procedure (
    code            VARCHAR(16)              NOT NULL PRIMARY KEY,
    content         VARCHAR                  NOT NULL,  -- the canonical Procedure as JSON
    synchronised_at TIMESTAMP WITH TIME ZONE NOT NULL
);
