# What every test stack shares, copied beside its main.tf: the provider version from the local mirror and the
# gateway's endpoint and the tenant's keys, which the tests pass as TF_VAR_ variables.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

variable "endpoint" {
  type = string
}

variable "access_key" {
  type = string
}

variable "secret_key" {
  type      = string
  sensitive = true
}
