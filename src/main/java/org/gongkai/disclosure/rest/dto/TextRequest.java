package org.gongkai.disclosure.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the review moves: an opinion, a reason or a note. */
public final class TextRequest {
    private TextRequest() {}

    @Schema(name = "OpinionRequest")
    public record Opinion(@NotBlank @Size(max = 2000) @Schema(examples = "经审查，本文件不涉及国家秘密、商业秘密和个人隐私，同意主动公开。") String opinion) {}

    @Schema(name = "ReasonRequest")
    public record Reason(@NotBlank @Size(max = 2000) @Schema(examples = "公开属性有误：涉及个人信息，应为依申请公开") String reason) {}

    @Schema(name = "NoteRequest")
    public record Note(@NotBlank @Size(max = 500) @Schema(examples = "更正附件中的学区范围") String note) {}
}
